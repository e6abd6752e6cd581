/**
 * The time service: one logical day for every service. It announces {@code DayHasPassed} once per
 * day at a configured time of day, remembers the last day it announced, catches up the days it
 * missed while it was down, and never announces a scheduled day twice (reference §8, DESIGN §4).
 */
package nl.pitstop.handlers.time.application;
