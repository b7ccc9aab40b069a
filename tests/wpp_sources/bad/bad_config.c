/* bad_config.c - a source whose WPP configuration tracewpp itself would refuse (a FUNC without
   its parameter list): the generator must stop with the place of the statement (never
   compiled). */

// begin_wpp config
// FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
// FUNC TraceBroken LEVEL, MSG;
// end_wpp
