package io.vswitch.northbound.refusal;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.servlet.AsyncContext;
import javax.servlet.AsyncListener;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/**
 * An asynchronous answer's context that releases the held answer just before completing: RESTCONF answers
 * asynchronously, after the filter chain has returned.
 */
final class ReleasingAsyncContext implements AsyncContext {
    /**
     * What to do before completing.
     */
    @FunctionalInterface
    interface Release {
        void release() throws IOException;
    }

    private final AsyncContext delegate;
    private final Release release;

    ReleasingAsyncContext(final AsyncContext delegate, final Release release) {
        this.delegate = delegate;
        this.release = release;
    }

    @Override
    public void complete() {
        try {
            release.release();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delegate.complete();
        }
    }

    @Override
    public ServletRequest getRequest() {
        return delegate.getRequest();
    }

    @Override
    public ServletResponse getResponse() {
        return delegate.getResponse();
    }

    @Override
    public boolean hasOriginalRequestAndResponse() {
        return delegate.hasOriginalRequestAndResponse();
    }

    @Override
    public void dispatch() {
        delegate.dispatch();
    }

    @Override
    public void dispatch(final String path) {
        delegate.dispatch(path);
    }

    @Override
    public void dispatch(final ServletContext context, final String path) {
        delegate.dispatch(context, path);
    }

    @Override
    public void start(final Runnable run) {
        delegate.start(run);
    }

    @Override
    public void addListener(final AsyncListener listener) {
        delegate.addListener(listener);
    }

    @Override
    public void addListener(final AsyncListener listener, final ServletRequest servletRequest,
            final ServletResponse servletResponse) {
        delegate.addListener(listener, servletRequest, servletResponse);
    }

    @Override
    public <T extends AsyncListener> T createListener(final Class<T> clazz) throws ServletException {
        return delegate.createListener(clazz);
    }

    @Override
    public void setTimeout(final long timeout) {
        delegate.setTimeout(timeout);
    }

    @Override
    public long getTimeout() {
        return delegate.getTimeout();
    }
}
