namespace Istmo.Core;
