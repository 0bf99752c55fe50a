package org.coldwar.serve;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A string as a {@link CharSequence} that checks a query's cancel signal every few thousand
 * characters read. {@link java.util.regex.Matcher} reads its input only through
 * {@link #charAt(int)}, so a backtracking match over it stops soon after the query is cancelled.
 */
final class CancellableText implements CharSequence {

    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final AtomicBoolean signal;
    private int reads;

    CancellableText(String text, AtomicBoolean signal) {
        this.text = text;
        this.signal = signal;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            Cancellation.check(signal);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), signal);
    }

    @Override
    public String toString() {
        return text;
    }
}
