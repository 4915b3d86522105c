package io.vswitch.northbound.refusal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javax.servlet.AsyncContext;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.osgi.service.component.annotations.Component;

/**
 * Makes RESTCONF answer 400 invalid-value, not 500, when a commit is refused by validation (see
 * {@link RefusedCommitStatus}). Joins the RESTCONF filter chain through AAA's custom filter adapter, which picks up
 * every {@link Filter} service with {@code org.opendaylight.aaa.filterchain.filter=true}. Only 500 answers are held
 * back (to look at their body); every other answer passes untouched.
 */
@Component(service = Filter.class, property = "org.opendaylight.aaa.filterchain.filter=true")
public final class RefusedCommitFilter implements Filter {
    @Override
    public void init(final FilterConfig filterConfig) {
        // nothing to configure
    }

    @Override
    public void doFilter(final ServletRequest request, final ServletResponse response, final FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse http) {
            final Holding holding = new Holding(http);
            chain.doFilter(new ReleasingRequest(httpRequest, holding), holding);
            if (!request.isAsyncStarted()) {
                holding.release();
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    /**
     * A request whose asynchronous answer releases the held answer before completing.
     */
    private static final class ReleasingRequest extends HttpServletRequestWrapper {
        private final Holding holding;

        ReleasingRequest(final HttpServletRequest request, final Holding holding) {
            super(request);
            this.holding = holding;
        }

        @Override
        public AsyncContext startAsync() {
            return new ReleasingAsyncContext(super.startAsync(), holding::release);
        }

        @Override
        public AsyncContext startAsync(final ServletRequest servletRequest, final ServletResponse servletResponse) {
            return new ReleasingAsyncContext(super.startAsync(servletRequest, servletResponse), holding::release);
        }
    }

    /**
     * Holds back the status, length and body of a 500 answer until its body is complete, then corrects it.
     */
    private static final class Holding extends HttpServletResponseWrapper {
        private final HeldBody held;
        private final PrintWriter writer;
        private boolean holding;

        Holding(final HttpServletResponse http) {
            super(http);
            held = new HeldBody(http);
            writer = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8));
        }

        @Override
        public void setStatus(final int sc) {
            holding = sc == RefusedCommitStatus.SERVER_ERROR;
            super.setStatus(sc);
        }

        // Jersey sets the status with its reason phrase through this one
        @Override
        @Deprecated
        @SuppressWarnings("deprecation")
        public void setStatus(final int sc, final String sm) {
            holding = sc == RefusedCommitStatus.SERVER_ERROR;
            super.setStatus(sc, sm);
        }

        @Override
        public void setContentLength(final int len) {
            if (!holding) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(final long len) {
            if (!holding) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void setHeader(final String name, final String value) {
            if (!holding || !"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(final String name, final String value) {
            if (!holding || !"Content-Length".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (holding) {
                // the answer is complete: Jersey flushes once it has written the whole entity
                release();
            } else {
                super.flushBuffer();
            }
        }

        void release() throws IOException {
            if (holding) {
                writer.flush();
                held.close();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!holding) {
                return super.getOutputStream();
            }
            return held;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!holding) {
                return super.getWriter();
            }
            return writer;
        }
    }

    /**
     * The body of a 500 answer, released (corrected if it is a refused commit) when closed.
     */
    private static final class HeldBody extends ServletOutputStream {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final HttpServletResponse http;
        private boolean released;

        HeldBody(final HttpServletResponse http) {
            this.http = http;
        }

        @Override
        public void write(final int oneByte) {
            body.write(oneByte);
        }

        @Override
        public void write(final byte[] bytes, final int off, final int len) {
            body.write(bytes, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(final WriteListener writeListener) {
            throw new UnsupportedOperationException("blocking writes only");
        }

        @Override
        public void close() throws IOException {
            if (released) {
                return;
            }
            released = true;
            final byte[] original = body.toByteArray();
            final byte[] answer = RefusedCommitStatus.correct(original).map(corrected -> {
                http.setStatus(RefusedCommitStatus.REFUSED);
                return corrected;
            }).orElse(original);
            http.setContentLength(answer.length);
            final ServletOutputStream out = http.getOutputStream();
            out.write(answer);
            out.close();
        }
    }
}
