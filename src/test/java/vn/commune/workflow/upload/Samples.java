package vn.commune.workflow.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files as people and attackers make them, built in memory. */
final class Samples {

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            </Types>""";

    static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>""";

    static final String DOCUMENT_START = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";

    static final String DOCUMENT =
            DOCUMENT_START + "<w:p><w:r><w:t>Báo cáo kết quả</w:t></w:r></w:p></w:body></w:document>";

    private static byte[] bomb;

    private Samples() {}

    /** A minimal Word document as Word lays it out; extra parts replace or join the three it has. */
    static byte[] docx(Map<String, String> replacedOrAdded) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
        parts.put("_rels/.rels", utf8(RELS));
        parts.put("word/document.xml", utf8(DOCUMENT));
        replacedOrAdded.forEach((name, text) -> parts.put(name, utf8(text)));
        return zip(parts);
    }

    static byte[] docx() {
        return docx(Map.of());
    }

    /**
     * The attack of issue #10: a .docx of about 500 KB whose document part inflates to 500 MB of zeros. Built once
     * per test JVM (deflating 500 MB takes seconds) and shared.
     */
    static synchronized byte[] bombDocx() {
        if (bomb == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(utf8(CONTENT_TYPES));
                zip.putNextEntry(new ZipEntry("_rels/.rels"));
                zip.write(utf8(RELS));
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write(utf8(DOCUMENT_START));
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i < 500; i++) {
                    zip.write(zeros);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bomb = out.toByteArray();
        }
        return bomb;
    }

    /** Deflated entries, in order, written by java.util.zip (sizes in a data descriptor after each entry). */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Stored (uncompressed) entries: sizes and CRC are in each local header, as well as in the directory. */
    static byte[] storedZip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(e.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Where each central directory record starts, in order. */
    static List<Integer> directoryRecords(byte[] zip) {
        List<Integer> records = new ArrayList<>();
        for (int i = 0; i + 4 <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                records.add(i);
            }
        }
        return records;
    }

    static void putInt(byte[] b, int at, long value) {
        for (int k = 0; k < 4; k++) {
            b[at + k] = (byte) (value >>> (8 * k));
        }
    }

    static void putShort(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
    }

    /** An OLE2 (97–2003) file with the given streams; a name with slashes lives in nested storages. */
    static byte[] ole2(Map<String, byte[]> streams) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (Map.Entry<String, byte[]> e : streams.entrySet()) {
                String[] path = e.getKey().split("/");
                DirectoryEntry dir = fs.getRoot();
                for (int i = 0; i < path.length - 1; i++) {
                    dir = dir.hasEntry(path[i]) ? (DirectoryEntry) dir.getEntry(path[i]) : dir.createDirectory(path[i]);
                }
                dir.createDocument(path[path.length - 1], new java.io.ByteArrayInputStream(e.getValue()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF as an office's signing tool leaves it: compressed page text, a photo, objects packed in a compressed
     * object stream, a signature field and its PKCS#7 signature as a hex string, a cross-reference table.
     */
    static byte[] signedPdf() {
        Random random = new Random(2025);
        byte[] photo = new byte[512 * 1024];
        random.nextBytes(photo);
        byte[] signature = new byte[4096];
        random.nextBytes(signature);
        StringBuilder hex = new StringBuilder();
        for (byte b : signature) {
            hex.append(String.format("%02X", b));
        }
        String info = "<< /Title (Bao cao ket qua) /Producer (VGCA Sign) /CreationDate (D:20250910080000+07'00') >>\n";
        String outlines = "<< /Type /Outlines /Count 0 >>";
        String header = "10 0 11 " + info.length() + "\n";
        byte[] packed = deflate(utf8(header + info + outlines));
        return pdf(
                utf8("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] /SigFlags 3 >> >>"),
                utf8("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                utf8("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 8 0 R >> >> /Annots [6 0 R] >>"),
                stream("/Filter /FlateDecode", deflate(utf8("BT /F1 12 Tf 72 770 Td (Bao cao ket qua) Tj ET"))),
                utf8("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
                utf8("<< /Type /Annot /Subtype /Widget /FT /Sig /T (Chu ky so) /Rect [0 0 0 0] /F 132 /P 3 0 R"
                        + " /V 7 0 R >>"),
                utf8("<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached"
                        + " /ByteRange [0 1000 9192 2000] /Contents <" + hex + "> /M (D:20250910080000+07'00')"
                        + " /Name (UBND x\\343 Tr\\306\\260\\341\\273\\235ng Giang) >>"),
                stream(
                        "/Type /XObject /Subtype /Image /Width 256 /Height 512 /ColorSpace /DeviceRGB"
                                + " /BitsPerComponent 8 /Filter /DCTDecode",
                        photo),
                stream("/Type /ObjStm /N 2 /First " + header.length() + " /Filter /FlateDecode", packed));
    }

    /** A PDF of one page whose catalog carries the given entries, e.g. an action to run on opening. */
    static byte[] pdfWithCatalog(String catalogEntries) {
        return pdf(
                utf8("<< /Type /Catalog /Pages 2 0 R " + catalogEntries + " >>"),
                utf8("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                utf8("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
    }

    /** A stream object: the dictionary entries given, its /Length, then the data. */
    static byte[] stream(String dictionary, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("<< " + dictionary + " /Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(utf8("\nendstream"));
        return out.toByteArray();
    }

    /** A well-formed PDF of the numbered objects (1 is the catalog) with a correct cross-reference table. */
    static byte[] pdf(byte[]... objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("%PDF-1.7\n%"));
        out.writeBytes(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.size();
            out.writeBytes(utf8((i + 1) + " 0 obj\n"));
            out.writeBytes(objects[i]);
            out.writeBytes(utf8("\nendobj\n"));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        out.writeBytes(utf8(table.toString()));
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
