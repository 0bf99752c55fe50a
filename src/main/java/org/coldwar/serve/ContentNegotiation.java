package org.coldwar.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a {@link Representation} from an HTTP Accept header (RFC 9110): media ranges with
 * q-values and wildcards; among equal q-values the more specific range wins, then our order
 * (HTML first, as browsers and Pubby-style servers expect). An absent header means any.
 */
public final class ContentNegotiation {

    private ContentNegotiation() {
    }

    /** The best representation of a document without graphs, or empty if the header accepts none (406). */
    public static Optional<Representation> choose(String acceptHeader) {
        return choose(acceptHeader, Representation.FOR_TRIPLES);
    }

    /** The best of {@code offered} (in our order of preference), or empty if the header accepts none (406). */
    public static Optional<Representation> choose(String acceptHeader, List<Representation> offered) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return Optional.of(offered.get(0));
        }
        Representation best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Representation candidate : offered) {
            double q = 0;
            int specificity = -1;
            for (MediaRange range : parse(acceptHeader)) {
                int s = range.specificityFor(candidate);
                if (s > specificity) {
                    specificity = s;
                    q = range.q;
                }
            }
            if (specificity >= 0 && q > 0 && (q > bestQ || (q == bestQ && specificity > bestSpecificity))) {
                best = candidate;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    private record MediaRange(String type, String subtype, double q) {

        /** 2 for an exact match, 1 for type/*, 0 for *&#47;*, -1 for no match. */
        int specificityFor(Representation r) {
            if (type.equals("*") && subtype.equals("*")) {
                return 0;
            }
            if (subtype.equals("*")) {
                return r.mediaType().startsWith(type + "/") ? 1 : -1;
            }
            return r.answers(type + "/" + subtype) ? 2 : -1;
        }
    }

    private static List<MediaRange> parse(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            String[] typeAndSub = pieces[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (typeAndSub.length != 2 || typeAndSub[0].isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(param.substring(2))));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new MediaRange(typeAndSub[0], typeAndSub[1], q));
        }
        return ranges;
    }
}
