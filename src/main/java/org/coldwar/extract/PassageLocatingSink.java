package org.coldwar.extract;

import java.util.HashMap;
import java.util.Map;

import org.coldwar.problem.Problem;
import org.coldwar.problem.ProblemSink;
import org.coldwar.source.SourceCatalog;

/**
 * A {@link ClaimSink} stage that locates each claim's quote in its source and passes the claim
 * on with its {@link Passage}. A quote that is missing, ambiguous or names a missing occurrence
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
        QuoteLocator.Result result = locator.locate(claim.quote(), claim.occurrence());
        if (result instanceof QuoteLocator.Found found) {
            next.claim(new LocatedClaim(claim, found.passage()));
        } else if (result instanceof QuoteLocator.Ambiguous many) {
            problems.report(Problem.at(claim.location(), "quote occurs " + many.occurrences() + " times in "
                    + claim.sourceFile() + "; lengthen it or give its occurrence", claim.quote()));
        } else if (result instanceof QuoteLocator.NoSuchOccurrence few) {
            problems.report(Problem.at(claim.location(), "occurrence " + claim.occurrence()
                    + " asked but the quote occurs " + few.occurrences() + " times in " + claim.sourceFile(),
                    claim.quote()));
        } else {
            problems.report(Problem.at(claim.location(), "quote not found in " + claim.sourceFile(), claim.quote()));
        }
    }
}
