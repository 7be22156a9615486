using System.Globalization;

namespace Regie.Bench;

/// <summary>The columns of the pupil register's CSV import (Features/Chain/Register), as a student administration exports them.</summary>
public static class BenchPupilFile
{
    public const string Header = "Leerlingnummer;BSN;Roepnaam;Tussenvoegsel;Achternaam;Groep;Groepsnaam;Jaargroep;Geboortedatum";

    public static string Row(string pupilNumber, string bsn, string givenName, string prefix, string familyName,
        string groupKey, string groupName, int yearGroup, DateOnly dateOfBirth) =>
        string.Join(';', pupilNumber, bsn, givenName, prefix, familyName, groupKey, groupName,
            yearGroup.ToString(CultureInfo.InvariantCulture), dateOfBirth.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
}
