/* bad_config.c - a source whose WPP configuration names an enum that no scanned file declares:
   the generator must stop with the place of the statement (never compiled). */

// begin_wpp config
// FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
// CUSTOM_TYPE(phase, ItemEnum(Phase));
// end_wpp
