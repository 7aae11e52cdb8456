package dev.summit.connectors.tunnel;

/** What the user decided about a host key SSH has not seen before. */
public enum HostKeyAnswer {
    /** Don't connect. */
    REFUSE,
    /** Connect this time; ask again next time. */
    ACCEPT_ONCE,
    /** Connect and add the key to known_hosts, as ssh's "yes" does. */
    ACCEPT_AND_REMEMBER
}
