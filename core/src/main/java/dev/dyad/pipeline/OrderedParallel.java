package dev.dyad.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over items on several threads and hands the results on in input order. A bounded
 * window of items in flight keeps memory flat however long the batch is.
 *
 * <p>Use from one thread: {@link #submit} items as they are read, then {@link #close} to drain. When the
 * sink throws (its output gone, its store full), the batch is over: that exception reaches the caller,
 * {@link #close} hands nothing more to the sink, and the work still in flight is abandoned.
 */
public final class OrderedParallel<I, O> implements AutoCloseable {
    private final ExecutorService pool;
    private final Function<I, O> work;
    private final Consumer<O> sink;
    private final Deque<Future<O>> inFlight = new ArrayDeque<>();
    private final int window;
    private boolean failed;

    public OrderedParallel(int threads, Function<I, O> work, Consumer<O> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            // a deep stack for recursive parsers; a page too deep for it is rejected, not fatal
            Thread t = new Thread(null, r, "dyad-worker", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.sink = sink;
        this.window = threads * 4;
    }

    /** The number of worker threads a batch should use on this machine. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public void submit(I item) {
        if (failed) {
            throw new IllegalStateException("the batch ended when its sink failed");
        }
        inFlight.add(pool.submit(() -> work.apply(item)));
        while (inFlight.size() >= window) {
            drainOne();
        }
    }

    private void drainOne() {
        Future<O> f = inFlight.poll();
        O result;
        try {
            result = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            failed = true;
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        try {
            sink.accept(result);
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            while (!failed && !inFlight.isEmpty()) {
                drainOne();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
