package org.stancemap.targets;

import java.io.Serializable;

/**
 * A mention of a target found in a text.
 *
 * @param target canonical target name
 * @param mention the text as it appears ({@code text.substring(start, end)})
 * @param start offset of the first character in the searched text
 * @param end offset after the last character (exclusive)
 * @param group the alias group that matched ({@code name}, {@code leader}, ...)
 */
public record TargetMention(String target, String mention, int start, int end, String group)
    implements Serializable {}
