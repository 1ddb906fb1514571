/**
 * JMH benchmarks for jpve's hot paths. Each benchmark class measures its baseline (a bare JDK or
 * shell equivalent) beside the jpve call, so figures are reported as ratios from one run.
 */
package dev.jpve.bench;
