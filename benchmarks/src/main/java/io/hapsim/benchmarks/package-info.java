/** JMH benchmarks of large map commits (their own issue). */
package io.hapsim.benchmarks;
