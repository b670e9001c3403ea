namespace Istmo.Data.Migrations.Postgres;
