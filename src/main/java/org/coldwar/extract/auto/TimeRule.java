package org.coldwar.extract.auto;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One rule: a pattern tried at a word start (never searched for), the lower-case first words
 * that make it worth trying ({@code "#1"} … {@code "#4"} for a run of one to four digits, {@code "#5"} for longer), and how a match becomes a value.
 *
 * @param anchors true if what it finds becomes the anchor of later relative expressions
 */
record TimeRule(String name, Pattern pattern, Set<String> triggers, boolean anchors, Resolver resolver) {

    /** Turns a match into a value, or null if the match is not a time expression after all. */
    @FunctionalInterface
    interface Resolver {
        TimeValue resolve(MatchResult match, TimeContext context);
    }

    static TimeRule of(String name, String regex, Set<String> triggers, boolean anchors, Resolver resolver) {
        return new TimeRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), triggers, anchors, resolver);
    }
}
