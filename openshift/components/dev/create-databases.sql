-- One database per service, the names the servers' server.xml use (variables db.name, db.name.*), and in each the two
-- logins of docs/adr/0018: $(DDL_LOGIN) owns the schema (the init containers migrate with it), $(APP_LOGIN) may only
-- read and write data (the servers run with it). sqlcmd variables: APP_LOGIN, APP_PASSWORD, DDL_LOGIN, DDL_PASSWORD.
-- Runs again without harm (each step only when missing).
IF SUSER_ID('$(APP_LOGIN)') IS NULL CREATE LOGIN [$(APP_LOGIN)] WITH PASSWORD = '$(APP_PASSWORD)';
IF SUSER_ID('$(DDL_LOGIN)') IS NULL CREATE LOGIN [$(DDL_LOGIN)] WITH PASSWORD = '$(DDL_PASSWORD)';
GO
DECLARE @database sysname;
DECLARE databases CURSOR LOCAL FOR
  SELECT name FROM (VALUES ('customer'), ('vehicle'), ('workshop'), ('workshopeventstore'), ('auditlog'), ('notification'), ('invoicing'), ('timeservice')) AS service(name);
OPEN databases;
FETCH NEXT FROM databases INTO @database;
WHILE @@FETCH_STATUS = 0
BEGIN
  IF DB_ID(@database) IS NULL EXEC('CREATE DATABASE ' + @database);
  EXEC('USE ' + @database + ';
    IF USER_ID(''$(APP_LOGIN)'') IS NULL CREATE USER [$(APP_LOGIN)] FOR LOGIN [$(APP_LOGIN)];
    ALTER ROLE db_datareader ADD MEMBER [$(APP_LOGIN)];
    ALTER ROLE db_datawriter ADD MEMBER [$(APP_LOGIN)];
    IF USER_ID(''$(DDL_LOGIN)'') IS NULL CREATE USER [$(DDL_LOGIN)] FOR LOGIN [$(DDL_LOGIN)];
    ALTER ROLE db_owner ADD MEMBER [$(DDL_LOGIN)];');
  FETCH NEXT FROM databases INTO @database;
END;
CLOSE databases;
DEALLOCATE databases;
GO
