/**
 * Customer reminders: the customers and maintenance jobs the notification handler keeps from
 * events, and on each DayHasPassed one reminder mail per customer for the jobs of that day, sent at
 * most once per job.
 */
package nl.pitstop.handlers.notification.application;
