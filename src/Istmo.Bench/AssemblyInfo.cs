namespace Istmo.Bench;
