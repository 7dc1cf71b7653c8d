package vn.commune.workflow.upload;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * An Office or OpenDocument file read as a zip from its central directory, without inflating its entries: a zip
 * bomb is refused from what it declares, a tampered archive from its local headers disagreeing with the directory.
 */
final class ZipArchive {

    /**
     * The largest real Office files (a deck of hundreds of slides, a workbook of hundreds of sheets) have a few thousand
     * parts; more is an archive built to exhaust whoever opens it.
     */
    static final int MAX_ENTRIES = 5_000;

    /**
     * Uploads are at most 20 MB; Office XML compresses 5 to 10 times and photos not at all, so a real file inflates to
     * well under this.
     */
    static final long MAX_TOTAL_SIZE = 256L * 1024 * 1024;

    /**
     * Apache POI's own bound: XML compresses about 10 times, very repetitive sheets up to about 50, a zero-filled bomb
     * about 1000.
     */
    static final int MAX_RATIO = 100;

    /** A part smaller than this cannot hurt whatever its ratio, and small parts of repeated markup exceed the ratio. */
    static final long RATIO_GRACE = 1024 * 1024;

    /** A real XML part declares itself in its first hundred bytes; 4 KB shows the prolog and is cheap for every part. */
    static final int XML_PROLOG_WINDOW = 4096;

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int END_OF_DIRECTORY_SIZE = 22;
    private static final long ZIP64_MARK = 0xFFFFFFFFL;
    private static final int ENCRYPTED = 0x01;
    private static final int STRONG_ENCRYPTION = 0x40;
    private static final int DATA_DESCRIPTOR = 0x08;
    private static final int UTF8_NAME = 0x800;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    /** One part of the archive as the central directory declares it; {@code dataStart} comes from its local header. */
    record Entry(String name, int method, long compressedSize, long size, long localOffset, long dataStart) {

        long dataEnd() {
            return dataStart + compressedSize;
        }
    }

    private final String fileName;
    private final byte[] zip;
    private final List<Entry> entries;

    private ZipArchive(String fileName, byte[] zip, List<Entry> entries) {
        this.fileName = fileName;
        this.zip = zip;
        this.entries = entries;
    }

    /** Reads and checks the directory; refuses bombs, tampering, encryption and unsafe entry names. */
    static ZipArchive read(String fileName, byte[] zip) {
        return new Reader(fileName, zip).read();
    }

    List<Entry> entries() {
        return entries;
    }

    boolean hasEntryStartingWith(String prefix) {
        return entries.stream().anyMatch(e -> e.name().startsWith(prefix));
    }

    Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * At most {@code max} bytes from the start of an entry, inflating no more than that whatever the entry declares.
     */
    byte[] head(Entry e, int max) {
        int start = (int) e.dataStart();
        if (e.method() == STORED) {
            return Arrays.copyOfRange(zip, start, start + (int) Math.min(max, e.compressedSize()));
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, (int) e.compressedSize());
            byte[] out = new byte[max];
            int n = 0;
            while (n < max && !inflater.finished()) {
                int inflated = inflater.inflate(out, n, max - n);
                if (inflated == 0) {
                    break;
                }
                n += inflated;
            }
            return Arrays.copyOf(out, n);
        } catch (DataFormatException ex) {
            throw UploadRefusedException.broken(
                    fileName, "mục «" + FileNames.quote(e.name()) + "» không giải nén được");
        } finally {
            inflater.end();
        }
    }

    /** Reads the end record, the central directory and every local header, refusing at the first problem. */
    private static final class Reader {

        /** An entry as the directory declares it, with where its name's bytes are, to compare with the local header. */
        private record Declared(Entry entry, int nameAt, int nameLength) {}

        private final String fileName;
        private final byte[] zip;

        Reader(String fileName, byte[] zip) {
            this.fileName = fileName;
            this.zip = zip;
        }

        ZipArchive read() {
            int end = endOfDirectory();
            if (end < 0) {
                throw UploadRefusedException.of(
                        fileName,
                        "bị cắt cụt hoặc hỏng (thiếu phần mục lục ở cuối tệp nén); hãy tải lên lại bản đầy đủ.");
            }
            int count = u16(end + 10);
            long directorySize = u32(end + 12);
            long directoryOffset = u32(end + 16);
            if (count == 0xFFFF || directorySize == ZIP64_MARK || directoryOffset == ZIP64_MARK) {
                throw UploadRefusedException.bomb(
                        fileName, "dùng cấu trúc ZIP64 cho tệp rất lớn mà tệp Office thật không cần");
            }
            if (u16(end + 4) != 0 || u16(end + 6) != 0 || u16(end + 8) != count) {
                throw UploadRefusedException.broken(fileName, "tệp nén chia nhiều phần");
            }
            if (count > MAX_ENTRIES) {
                throw UploadRefusedException.bomb(
                        fileName, "gồm " + count + " thành phần, quá giới hạn " + MAX_ENTRIES + " của một tệp thật");
            }
            if (directoryOffset + directorySize != end) {
                throw UploadRefusedException.broken(fileName, "mục lục của tệp nén không nằm đúng chỗ");
            }
            List<Declared> declared = directory((int) directoryOffset, end, count);
            checkSizes(declared.stream().map(Declared::entry).toList());
            List<Entry> located = new ArrayList<>();
            for (Declared d : declared) {
                located.add(located(d, directoryOffset));
            }
            checkNoOverlap(located);
            return new ZipArchive(fileName, zip, List.copyOf(located));
        }

        /** The end record whose comment runs exactly to the end of the file: nothing is appended after the zip. */
        private int endOfDirectory() {
            int last = zip.length - END_OF_DIRECTORY_SIZE;
            for (int i = last; i >= 0 && i >= last - 0xFFFF; i--) {
                if (i32(i) == END_OF_DIRECTORY && i + END_OF_DIRECTORY_SIZE + u16(i + 20) == zip.length) {
                    return i;
                }
            }
            return -1;
        }

        private List<Declared> directory(int offset, int end, int count) {
            List<Declared> entries = new ArrayList<>(count);
            Set<String> names = new HashSet<>();
            int p = offset;
            for (int i = 0; i < count; i++) {
                if (p + 46 > end || i32(p) != CENTRAL_HEADER) {
                    throw UploadRefusedException.broken(fileName, "mục lục của tệp nén không đọc được");
                }
                int flags = u16(p + 8);
                int method = u16(p + 10);
                long compressed = u32(p + 20);
                long size = u32(p + 24);
                int nameLength = u16(p + 28);
                int next = p + 46 + nameLength + u16(p + 30) + u16(p + 32);
                if (next > end) {
                    throw UploadRefusedException.broken(fileName, "mục lục của tệp nén không đọc được");
                }
                String name = new String(
                        zip,
                        p + 46,
                        nameLength,
                        (flags & UTF8_NAME) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
                String shown = FileNames.quote(name);
                if ((flags & (ENCRYPTED | STRONG_ENCRYPTION)) != 0 || (method != STORED && method != DEFLATED)) {
                    throw UploadRefusedException.of(
                            fileName,
                            "có mục «" + shown + "» được mã hóa hoặc nén theo cách không hỗ trợ; hãy gỡ mật khẩu"
                                    + " và lưu lại tệp bình thường rồi tải lên lại.");
                }
                if (compressed == ZIP64_MARK || size == ZIP64_MARK || u32(p + 42) == ZIP64_MARK) {
                    throw UploadRefusedException.bomb(
                            fileName, "dùng cấu trúc ZIP64 cho tệp rất lớn mà tệp Office thật không cần");
                }
                if (isUnsafe(name)) {
                    throw UploadRefusedException.of(
                            fileName,
                            "chứa mục có đường dẫn không hợp lệ («" + shown
                                    + "»); tệp Office thật không có đường dẫn như vậy.");
                }
                if (!names.add(name) || (method == STORED && compressed != size)) {
                    throw UploadRefusedException.broken(fileName, "mục «" + shown + "» bị lặp hoặc sai kích thước");
                }
                entries.add(
                        new Declared(new Entry(name, method, compressed, size, u32(p + 42), -1), p + 46, nameLength));
                p = next;
            }
            if (p != end) {
                throw UploadRefusedException.broken(fileName, "mục lục của tệp nén không đọc được");
            }
            return entries;
        }

        /** Bombs declare themselves: too much in total, or one part (or all) inflating far beyond its size. */
        private void checkSizes(List<Entry> entries) {
            long total = 0;
            long compressed = 0;
            for (Entry e : entries) {
                total += e.size();
                compressed += e.compressedSize();
                if (e.size() > RATIO_GRACE && e.size() > MAX_RATIO * e.compressedSize()) {
                    throw UploadRefusedException.bomb(
                            fileName,
                            "có mục «" + FileNames.quote(e.name()) + "» nén " + megabytes(e.compressedSize())
                                    + " MB nhưng giải nén ra " + megabytes(e.size()) + " MB");
                }
            }
            if (total > MAX_TOTAL_SIZE) {
                throw UploadRefusedException.bomb(
                        fileName,
                        "giải nén ra tới " + megabytes(total) + " MB, quá giới hạn " + megabytes(MAX_TOTAL_SIZE)
                                + " MB");
            }
            if (total > RATIO_GRACE && total > MAX_RATIO * compressed) {
                throw UploadRefusedException.bomb(
                        fileName, "nén " + megabytes(compressed) + " MB nhưng giải nén ra " + megabytes(total) + " MB");
            }
        }

        /** The entry with where its data starts, once its local header agrees with the directory. */
        private Entry located(Declared d, long directoryOffset) {
            Entry e = d.entry();
            long at = e.localOffset();
            if (at + 30 > directoryOffset || i32((int) at) != LOCAL_HEADER) {
                throw UploadRefusedException.broken(
                        fileName, "mục «" + FileNames.quote(e.name()) + "» không có ở chỗ mục lục chỉ tới");
            }
            int p = (int) at;
            int flags = u16(p + 6);
            int nameLength = u16(p + 26);
            long dataStart = at + 30 + nameLength + u16(p + 28);
            boolean sizesAgree = (flags & DATA_DESCRIPTOR) == 0
                    ? u32(p + 18) == e.compressedSize() && u32(p + 22) == e.size()
                    : agreesOrUnset(u32(p + 18), e.compressedSize()) && agreesOrUnset(u32(p + 22), e.size());
            if (dataStart + e.compressedSize() > directoryOffset
                    || nameLength != d.nameLength()
                    || !Arrays.equals(zip, p + 30, p + 30 + nameLength, zip, d.nameAt(), d.nameAt() + nameLength)
                    || u16(p + 8) != e.method()
                    || (flags & (ENCRYPTED | STRONG_ENCRYPTION)) != 0
                    || !sizesAgree) {
                throw UploadRefusedException.broken(
                        fileName, "mục «" + FileNames.quote(e.name()) + "» không khớp với mục lục của tệp nén");
            }
            return new Entry(e.name(), e.method(), e.compressedSize(), e.size(), at, dataStart);
        }

        /** Entries sharing bytes inflate the same data many times over: the "overlapping" zip bomb. */
        private void checkNoOverlap(List<Entry> entries) {
            List<Entry> byOffset = new ArrayList<>(entries);
            byOffset.sort(Comparator.comparingLong(Entry::localOffset));
            for (int i = 1; i < byOffset.size(); i++) {
                if (byOffset.get(i - 1).dataEnd() > byOffset.get(i).localOffset()) {
                    throw UploadRefusedException.bomb(fileName, "có các mục dùng chung dữ liệu nén với nhau");
                }
            }
        }

        private static boolean agreesOrUnset(long local, long central) {
            return local == 0 || local == central;
        }

        private static boolean isUnsafe(String name) {
            if (name.isEmpty()
                    || name.indexOf('\0') >= 0
                    || name.startsWith("/")
                    || name.startsWith("\\")
                    || (name.length() > 1 && name.charAt(1) == ':')) {
                return true;
            }
            return Arrays.asList(name.split("[/\\\\]")).contains("..");
        }

        private int u16(int at) {
            return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8;
        }

        private long u32(int at) {
            return i32(at) & 0xFFFFFFFFL;
        }

        private int i32(int at) {
            return u16(at) | u16(at + 2) << 16;
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0).replace('.', ',');
    }
}
