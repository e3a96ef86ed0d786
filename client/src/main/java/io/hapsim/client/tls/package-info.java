/**
 * Certificates ({@code show ssl cert}, {@code set}/{@code commit ssl cert}): the files a process loaded, and replacing
 * one with a PEM made safe to send, verified before it is committed and aborted on any failure.
 */
package io.hapsim.client.tls;
