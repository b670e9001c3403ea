using Istmo.Modules.Screening;

namespace Istmo.IntegrationTests.Screening;

/// <summary>FollowTheMoney's fatherName ("Patronymic") follows the given names; it stands as the surname only without a lastName and when it is not a patronymic.</summary>
public sealed class FtmNamePartsTests
{
    private static SourceRecord ReadOne(string properties)
    {
        var line = """{"id":"x","schema":"Person","properties":""" + properties + "}";
        var read = RecordReaders.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(line)), RecordFormat.Ftm);
        Assert.Empty(read.Issues);
        return Assert.Single(read.Records);
    }

    [Fact]
    public void Patronymic_FollowsTheGivenName_NeverASurname()
    {
        var r = ReadOne("""{"firstName":["Ivan"],"fatherName":["Sergeevich"],"lastName":["Petrov"]}""");
        Assert.Equal("Ivan Sergeevich Petrov", r.Names[0]);
        Assert.Equal("Ivan Sergeevich", r.GivenNames);
        Assert.Equal("Petrov", r.PaternalSurname);

        // Without a lastName, a patronymic (here in Cyrillic) is still no surname.
        var cyrillic = ReadOne("""{"firstName":["Иван"],"fatherName":["Сергеевич"]}""");
        Assert.Equal("Иван Сергеевич", cyrillic.GivenNames);
        Assert.Null(cyrillic.PaternalSurname);
    }

    [Fact]
    public void FathersGivenName_IsAMiddleName_OrTheSurnameWhenThereIsNone()
    {
        var r = ReadOne("""{"firstName":["Ahmed"],"fatherName":["Mohammed"],"lastName":["Al-Hassan"]}""");
        Assert.Equal("Ahmed Mohammed Al-Hassan", r.Names[0]);
        Assert.Equal("Ahmed Mohammed", r.GivenNames);
        Assert.Equal("Al-Hassan", r.PaternalSurname);

        // Many Afghans have no family name: the father's name stands as the surname.
        var noLast = ReadOne("""{"firstName":["Gul"],"fatherName":["Ahmad"]}""");
        Assert.Equal("Gul", noLast.GivenNames);
        Assert.Equal("Ahmad", noLast.PaternalSurname);
        Assert.Equal("Gul Ahmad", noLast.Names[0]);
    }

    [Fact]
    public void Read_KeepsTheOrderOfTheParts()
    {
        var props = new Dictionary<string, string[]>
        {
            ["firstName"] = ["Anna"],
            ["middleName"] = ["Maria"],
            ["fatherName"] = ["Ivanovna"],
            ["lastName"] = ["Sidorova"],
            ["motherName"] = ["Orlova"],
        };
        var (given, paternal, maternal) = FtmNameParts.Read(p => props.GetValueOrDefault(p, []));
        Assert.Equal(["Anna", "Maria", "Ivanovna"], given);
        Assert.Equal(["Sidorova"], paternal);
        Assert.Equal(["Orlova"], maternal);

        var alone = FtmNameParts.Read(p => p == "firstName" ? ["Ana"] : []);
        Assert.Equal(["Ana"], alone.Given);
        Assert.Empty(alone.Paternal);
        Assert.Empty(alone.Maternal);
    }
}
