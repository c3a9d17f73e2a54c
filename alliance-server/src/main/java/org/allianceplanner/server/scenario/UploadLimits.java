package org.allianceplanner.server.scenario;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much an upload may weigh: {@code alliance.upload.max-bytes} as sent (200 MB by default; the
 * multipart limits use the same property) and {@code alliance.upload.max-unpacked-bytes} once a zip or
 * workbook is inflated (512 MB by default). Immutable.
 */
@Component
public class UploadLimits {
    private final long maxBytes;
    private final long maxUnpackedBytes;

    public UploadLimits(
            @Value("${alliance.upload.max-bytes:200MB}") DataSize maxBytes,
            @Value("${alliance.upload.max-unpacked-bytes:512MB}") DataSize maxUnpackedBytes) {
        this.maxBytes = maxBytes.toBytes();
        this.maxUnpackedBytes = maxUnpackedBytes.toBytes();
    }

    /** The most bytes an upload may have as sent. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The most bytes an uploaded zip or workbook may unpack to. */
    public long maxUnpackedBytes() {
        return maxUnpackedBytes;
    }
}
