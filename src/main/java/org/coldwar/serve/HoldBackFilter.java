package org.coldwar.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps an answer in Jetty's output buffer until the buffer is full or the request ends, by
 * ignoring the servlets' {@code flush()} calls (Jena's result writers flush as they go). A
 * SPARQL query that fails while its results are written (a spent remote budget, a refused
 * SERVICE found late) can then still be answered with its own status instead of a truncated
 * 200; larger answers still stream, one buffer at a time.
 */
final class HoldBackFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, new HttpServletResponseWrapper((HttpServletResponse) res) {
            private ServletOutputStream out;

            @Override
            public ServletOutputStream getOutputStream() throws IOException {
                if (out == null) {
                    out = new NoFlush(super.getOutputStream());
                }
                return out;
            }
        });
    }

    private static final class NoFlush extends ServletOutputStream {
        private final ServletOutputStream out;

        NoFlush(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // Jetty sends when its buffer is full and when the request ends
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
