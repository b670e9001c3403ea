namespace Istmo.Data.Migrations.Sqlite;
