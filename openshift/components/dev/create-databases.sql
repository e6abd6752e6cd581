-- One database per service, the names the servers' server.xml use (variables db.name, db.name.*).
IF DB_ID('customer') IS NULL CREATE DATABASE customer;
IF DB_ID('vehicle') IS NULL CREATE DATABASE vehicle;
IF DB_ID('workshop') IS NULL CREATE DATABASE workshop;
IF DB_ID('workshopeventstore') IS NULL CREATE DATABASE workshopeventstore;
IF DB_ID('auditlog') IS NULL CREATE DATABASE auditlog;
IF DB_ID('notification') IS NULL CREATE DATABASE notification;
IF DB_ID('invoicing') IS NULL CREATE DATABASE invoicing;
IF DB_ID('timeservice') IS NULL CREATE DATABASE timeservice;
GO
