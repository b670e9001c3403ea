namespace Istmo.Modules;
