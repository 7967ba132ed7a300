// Node's flags for a process that serves the web (npm start, dong-thuan-web@.service, the benchmarks' servers).
//
// A web request allocates a few dozen short-lived objects (the parsed request, headers, form, reply) and the comment
// intake holds a batch's worth of them for a few milliseconds: with V8's default young generation (16 MB semi-spaces)
// the comment benchmark spent 13 % of the server's thread in the garbage collector. 32 MB semi-spaces halve the
// scavenges and took the intake from about 4,150 to 4,550 comments a second on PostgreSQL (2 cores, session 11),
// for at most 32 MB more memory. V8 reads the size only at start, so it is a command-line flag and not set at runtime.
export const WEB_NODE_FLAGS = ['--max-semi-space-size=32'];
