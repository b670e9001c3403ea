namespace Istmo.Matching;
