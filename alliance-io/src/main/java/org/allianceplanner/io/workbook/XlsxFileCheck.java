package org.allianceplanner.io.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.allianceplanner.io.FileFailures;
import org.allianceplanner.io.Problem;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Tells an {@code .xlsx} workbook from the files that only carry its name: an empty file, a CSV file
 * renamed, an Excel 97–2003 workbook, a password-protected workbook or a damaged one. Each gets one
 * problem that says which it is, because POI's own messages name Office internals a planner cannot act
 * on.
 */
final class XlsxFileCheck {
    private static final String NOT_XLSX = "is not an Excel workbook (.xlsx)";
    private static final String SAVE_AS_XLSX = "Maybe open it in Excel and save it as 'Excel Workbook (.xlsx)'.";
    /** Enough bytes to recognize every format {@link FileMagic} knows, and to tell text from binary. */
    private static final int SNIFFED_BYTES = 512;
    /** An encrypted OOXML file is an OLE2 container holding the real workbook in this stream. */
    private static final String ENCRYPTED_PACKAGE = "EncryptedPackage";

    private XlsxFileCheck() {}

    /** The problem that stops {@code file} from being read as a workbook, or {@code null} if it looks like one. */
    static @Nullable Problem problem(Path file, String fileName) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED_BYTES);
        } catch (IOException e) {
            return fileProblem(fileName, "cannot be read: " + FileFailures.reason(e) + ".", FileFailures.readHint(e));
        }
        if (head.length == 0) {
            return fileProblem(
                    fileName,
                    NOT_XLSX + ": the file is empty.",
                    "Maybe the copy or download was interrupted; save the workbook again from Excel.");
        }
        FileMagic magic = FileMagic.valueOf(head);
        switch (magic) {
            case OOXML:
                return null;
            case OLE2:
                return oldOfficeFile(file, fileName);
            case BIFF2:
            case BIFF3:
            case BIFF4:
                return fileProblem(fileName, NOT_XLSX + ": it is an old Excel workbook (.xls).", SAVE_AS_XLSX);
            default:
                if (looksLikeText(head)) {
                    return fileProblem(
                            fileName,
                            NOT_XLSX + ": it holds plain text, such as a CSV file renamed to .xlsx.",
                            "Maybe open it in Excel and save it as 'Excel Workbook (.xlsx)', or put the CSV files"
                                    + " in a scenario folder with scenario.yaml.");
                }
                return fileProblem(fileName, NOT_XLSX + ": its content is in another format.", SAVE_AS_XLSX);
        }
    }

    /**
     * The problem for a zip file that POI could not open as a workbook: either the zip is damaged, or it
     * is whole but holds another kind of document.
     */
    static Problem unreadable(Path file, String fileName) {
        ZipContent content = zipContent(file);
        if (content == ZipContent.OPEN_DOCUMENT) {
            return fileProblem(fileName, NOT_XLSX + ": it is an OpenDocument spreadsheet (.ods).", SAVE_AS_XLSX);
        }
        if (content == ZipContent.OTHER_DOCUMENT) {
            return fileProblem(
                    fileName,
                    NOT_XLSX + ": it is a zip file without a workbook inside, such as a Word document renamed to"
                            + " .xlsx.",
                    SAVE_AS_XLSX);
        }
        return damaged(fileName);
    }

    /**
     * The problem for a file that has the form of an {@code .xlsx} but cannot be read. POI's message on
     * such a file names its internals (zip entries, XML parsers, "open an issue on bugzilla"), so it is
     * not passed on.
     */
    static Problem damaged(String fileName) {
        return fileProblem(
                fileName,
                NOT_XLSX + " that can be read: the file is damaged or incomplete.",
                "Maybe the copy or download was cut short; copy it again, or open it in Excel and save it again.");
    }

    private static ZipContent zipContent(Path file) {
        // ZipFile reads the zip's directory at its end, so a file cut short fails here.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean workbookPart = zip.getEntry("xl/workbook.xml") != null;
            boolean openDocument = false;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals("mimetype")) {
                        String type = new String(in.readNBytes(SNIFFED_BYTES), StandardCharsets.US_ASCII);
                        openDocument = type.startsWith("application/vnd.oasis.opendocument");
                    }
                    // Reading every entry to its end is what finds a damaged one (its checksum).
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            if (openDocument) {
                return ZipContent.OPEN_DOCUMENT;
            }
            return workbookPart ? ZipContent.DAMAGED : ZipContent.OTHER_DOCUMENT;
        } catch (IOException | IllegalArgumentException e) {
            return ZipContent.DAMAGED;
        }
    }

    /** What a zip file that POI rejected holds. */
    private enum ZipContent {
        /** Cut short or corrupt, or a workbook part POI cannot parse. */
        DAMAGED,
        OPEN_DOCUMENT,
        OTHER_DOCUMENT
    }

    private static Problem oldOfficeFile(Path file, String fileName) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry(ENCRYPTED_PACKAGE)) {
                return fileProblem(
                        fileName,
                        NOT_XLSX + " that can be read: it is protected by a password.",
                        "Maybe remove the password in Excel (File › Info › Protect Workbook › Encrypt with"
                                + " Password, then clear it) and save it again.");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return fileProblem(fileName, NOT_XLSX + ": it is an Excel 97–2003 workbook (.xls).", SAVE_AS_XLSX);
            }
            return fileProblem(fileName, NOT_XLSX + ": it is another kind of Office 97–2003 file.", SAVE_AS_XLSX);
        } catch (IOException | RuntimeException e) {
            // POIFS throws unchecked exceptions (e.g. IndexOutOfBounds) on a damaged container; the user
            // needs the same answer as for any damaged file.
            return damaged(fileName);
        }
    }

    /**
     * Whether the bytes are text: UTF-16 with a byte-order mark, or no control bytes other than tab, line
     * feed, carriage return and form feed.
     */
    private static boolean looksLikeText(byte[] head) {
        boolean utf16 = head.length >= 2
                && ((head[0] == (byte) 0xff && head[1] == (byte) 0xfe)
                        || (head[0] == (byte) 0xfe && head[1] == (byte) 0xff));
        if (utf16) {
            // Excel's "Unicode Text" export; its zero bytes are halves of characters, not binary data.
            return true;
        }
        for (byte b : head) {
            int unsigned = b & 0xff;
            if (unsigned < 0x20 && unsigned != '\t' && unsigned != '\n' && unsigned != '\r' && unsigned != '\f') {
                return false;
            }
        }
        return true;
    }

    private static Problem fileProblem(String fileName, String rule, @Nullable String hint) {
        return new Problem(fileName, null, 0, null, null, null, rule, hint);
    }
}
