using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Istmo.Core.Audit;

/// <summary>Computes the SHA-256 link of the audit chain from an entry's fields and the previous entry's hash.</summary>
public static class AuditHash
{
    /// <summary>Hash of the empty chain, used as the "previous hash" of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Hex SHA-256 over a canonical, unambiguous rendering of every field.</summary>
    public static string Compute(
        long sequence,
        long atMicroseconds,
        string actor,
        string agency,
        string action,
        string entityType,
        string? entityId,
        string? purpose,
        string summary,
        string previousHash)
    {
        // Length-prefixing each field means no two different entries can render to the same text.
        var builder = new StringBuilder();
        void Add(string? value)
        {
            value ??= "\u2400";
            builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
        }

        Add(sequence.ToString(CultureInfo.InvariantCulture));
        Add(atMicroseconds.ToString(CultureInfo.InvariantCulture));
        Add(actor);
        Add(agency);
        Add(action);
        Add(entityType);
        Add(entityId);
        Add(purpose);
        Add(summary);
        Add(previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
