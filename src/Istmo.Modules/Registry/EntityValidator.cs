using Istmo.Core.Access;
using Istmo.Core.Geo;
using Istmo.Core.Registry;
using Istmo.Data.Registry;

namespace Istmo.Modules.Registry;

/// <summary>
/// Checks an <see cref="EntityInput"/> and returns message codes per field (camelCase, as the API names them).
/// Codes are turned into the user's language by <see cref="ValidationMessages"/>.
/// </summary>
public static class EntityValidator
{
    private const int NameMax = 200;

    public static Dictionary<string, string[]> Validate(EntityInput input)
    {
        var errors = new Dictionary<string, List<string>>();
        void Fail(string field, string code)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(code);
        }

        void Required(string field, string? value, int max = NameMax)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(field, "Required");
            }
            else
            {
                Text(field, value, max);
            }
        }

        void Text(string field, string? value, int max = NameMax)
        {
            if (value is null)
            {
                return;
            }

            if (value.Length > max)
            {
                Fail(field, "TooLong");
            }

            if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            {
                Fail(field, "ControlCharacters");
            }
        }

        void CountryCode(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && !(value.Trim().Length == 2 && value.Trim().All(char.IsAsciiLetter)))
            {
                Fail(field, "Country");
            }
        }

        if (!Enum.IsDefined(input.Kind))
        {
            Fail("kind", "Kind");
            return Finish(errors);
        }

        if (input.Compartment is not null && !Compartments.IsKnown(input.Compartment))
        {
            Fail("compartment", "Compartment");
        }

        if (input.SourceAgency is not null && !Agencies.IsKnown(input.SourceAgency))
        {
            Fail("sourceAgency", "UnknownAgency");
        }

        Text("sourceRecord", input.SourceRecord, 128);
        switch (input.Kind)
        {
            case EntityKind.Person:
                Required("givenNames", input.GivenNames);
                Required("paternalSurname", input.PaternalSurname);
                Text("maternalSurname", input.MaternalSurname);
                if (input.Sex is not null and not ("M" or "F" or "X" or "U"))
                {
                    Fail("sex", "Sex");
                }

                if (!string.IsNullOrWhiteSpace(input.BirthDate) && !PartialDate.TryParse(input.BirthDate, out _, out var dateError))
                {
                    Fail("birthDate", dateError!);
                }

                for (var i = 0; i < input.Nationalities.Count; i++)
                {
                    CountryCode($"nationalities[{i}]", input.Nationalities[i]);
                }

                for (var i = 0; i < input.Aliases.Count; i++)
                {
                    Required($"aliases[{i}]", input.Aliases[i], 400);
                }

                for (var i = 0; i < input.Documents.Count; i++)
                {
                    Required($"documents[{i}].number", input.Documents[i].Number, 64);
                    Required($"documents[{i}].type", input.Documents[i].Type, 32);
                    CountryCode($"documents[{i}].issuingCountry", input.Documents[i].IssuingCountry);
                }

                break;
            case EntityKind.Organisation:
                Required("legalName", input.LegalName, 300);
                Text("registrationNumber", input.RegistrationNumber, 64);
                CountryCode("country", input.Country);
                break;
            case EntityKind.Vessel:
                Required("vesselName", input.VesselName);
                if (!string.IsNullOrWhiteSpace(input.Imo) && !(input.Imo.Trim().Length == 7 && input.Imo.Trim().All(char.IsAsciiDigit)))
                {
                    Fail("imo", "Imo");
                }

                if (!string.IsNullOrWhiteSpace(input.Mmsi) && !(input.Mmsi.Trim().Length == 9 && input.Mmsi.Trim().All(char.IsAsciiDigit)))
                {
                    Fail("mmsi", "Mmsi");
                }

                CountryCode("flag", input.Flag);
                break;
            case EntityKind.Vehicle:
                Required("plate", input.Plate, 32);
                Text("make", input.Make, 64);
                Text("model", input.Model, 64);
                CountryCode("country", input.Country);
                break;
            case EntityKind.Phone:
                Required("number", input.Number, 32);
                if (!string.IsNullOrWhiteSpace(input.Number) && input.Number.Count(char.IsAsciiDigit) is < 7 or > 15)
                {
                    Fail("number", "Phone");
                }

                break;
            case EntityKind.BankAccount:
                Required("accountNumber", input.AccountNumber, 64);
                Text("bankName", input.BankName);
                CountryCode("country", input.Country);
                break;
            case EntityKind.Address:
                Required("line", input.Line, 300);
                Text("locality", input.Locality, 120);
                Text("district", input.District, 120);
                if (input.AreaCode is not null && PanamaAreas.Find(input.AreaCode) is null)
                {
                    Fail("areaCode", "AreaCode");
                }

                if (!Coordinates.AreValid(input.Latitude, input.Longitude))
                {
                    Fail("latitude", "Coordinates");
                }

                CountryCode("country", input.Country);
                break;
        }

        return Finish(errors);
    }

    private static Dictionary<string, string[]> Finish(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Distinct().ToArray());
}
