package org.coldwar.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.coldwar.problem.Problem;
import org.coldwar.problem.ProblemSink;
import org.coldwar.source.SourceCatalog;

/**
 * A {@link ClaimSink} stage that locates each claim's quote (and the words its date is inferred
 * from, if any: their occurrence nearest before the quote) in its source and passes the claim on with its {@link Passage}. A quote that is missing, ambiguous or names a missing occurrence
 * is reported with the claim's file, line and quote, and the claim goes no further.
 */
public final class PassageLocatingSink implements ClaimSink {

    private final SourceCatalog sources;
    private final LocatedClaimSink next;
    private final ProblemSink problems;
    private final Map<String, QuoteLocator> locators = new HashMap<>();

    public PassageLocatingSink(SourceCatalog sources, LocatedClaimSink next, ProblemSink problems) {
        this.sources = sources;
        this.next = next;
        this.problems = problems;
    }

    @Override
    public void claim(Claim claim) {
        QuoteLocator locator = locators.computeIfAbsent(claim.sourceFile(),
                file -> new QuoteLocator(sources.byFileName(file).orElseThrow()));
        Passage passage = located(locator.locate(claim.quote(), claim.occurrence()), claim, "quote", claim.quote());
        if (passage == null) {
            return;
        }
        Optional<Passage> dateContext = Optional.empty();
        String context = claim.dateBasis().context();
        if (!context.isEmpty()) {
            dateContext = Optional.ofNullable(
                    located(locator.locateNearest(context, passage), claim, "date_context", context));
            if (dateContext.isEmpty()) {
                return;
            }
        }
        next.claim(new LocatedClaim(claim, passage, dateContext));
    }

    /** The passage found, or null after reporting why there is none. */
    private Passage located(QuoteLocator.Result result, Claim claim, String what, String words) {
        if (result instanceof QuoteLocator.Found found) {
            return found.passage();
        } else if (result instanceof QuoteLocator.Ambiguous many) {
            problems.report(Problem.at(claim.location(), what + " occurs " + many.occurrences() + " times in "
                    + claim.sourceFile() + "; lengthen it or give its occurrence", words));
        } else if (result instanceof QuoteLocator.NoSuchOccurrence few) {
            problems.report(Problem.at(claim.location(), "occurrence " + claim.occurrence()
                    + " asked but the quote occurs " + few.occurrences() + " times in " + claim.sourceFile(),
                    words));
        } else {
            problems.report(Problem.at(claim.location(), what + " not found in " + claim.sourceFile(), words));
        }
        return null;
    }
}
