package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One entry of a state's {@code Catch} list.
 *
 * @param errorEquals the error names this catcher handles
 * @param next the state to go to
 * @param resultPath where the error output goes in the state's input ({@code $} by default; null
 *     when the definition set it to JSON null, which keeps the input)
 * @param raw the catcher as written (JSONata {@code Output} and {@code Assign} are read from it)
 */
public record Catcher(List<String> errorEquals, String next, String resultPath, JsonNode raw) {}
