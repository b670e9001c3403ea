namespace Istmo.Data;
