/** What the conformance suites measured ({@code target/conformance/results}) and the page written from it. */
package io.hapsim.conformance.report;
