package dev.dyad.spark;

import dev.dyad.ingest.InputReader;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;

/**
 * Reads one listed file on an executor with the core's {@link InputReader}, as an iterator of items.
 *
 * <p>The reader pushes documents as it reads them; a WARC file of a crawl holds tens of thousands, more
 * than an executor's memory, so they are handed over through a small bounded queue from a reading thread
 * rather than gathered in a list. A file that cannot be opened or read becomes a rejection, as locally;
 * nothing here throws for bad input. One iterator per file, used by one task thread.
 */
final class FileReading implements Iterator<DocItem> {
    private static final int QUEUE = 32;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread reader;
    private volatile boolean abandoned;
    private Object next;

    private FileReading(InputFile file, HadoopConf conf) {
        reader = new Thread(() -> {
            try {
                Path path = new Path(file.path());
                new InputReader(InputStream.nullInputStream()).readStream(file.source(), path.getName(), () -> {
                    FileSystem fs = path.getFileSystem(conf.get());
                    return fs.open(path);
                }, item -> put(DocItem.of(item)));
            } catch (RuntimeException | Error e) {
                // the reader turns bad input into rejections; what reaches here is a fault of the job itself
                put(DocItem.rejected(file.source(), "internal", "reading failed: " + e));
            } finally {
                put(END);
            }
        }, "dyad-read-" + file.path());
        reader.setDaemon(true);
    }

    /** The items of one file, read as they are consumed. */
    static Iterator<DocItem> of(InputFile file, HadoopConf conf) {
        FileReading reading = new FileReading(file, conf);
        TaskContext task = TaskContext.get();
        if (task != null) {
            // a task killed half-way must not leave its reading thread blocked on a full queue
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> reading.abandon());
        }
        reading.reader.start();
        return reading;
    }

    private void put(Object item) {
        while (!abandoned) {
            try {
                queue.put(item);
                return;
            } catch (InterruptedException e) {
                abandoned = true;
            }
        }
    }

    private void abandon() {
        abandoned = true;
        reader.interrupt();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandon();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        return next != END;
    }

    @Override
    public DocItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DocItem item = (DocItem) next;
        next = null;
        return item;
    }
}
