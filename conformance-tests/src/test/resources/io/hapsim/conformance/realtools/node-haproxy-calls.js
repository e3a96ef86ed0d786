// Drives the npm "haproxy" client library, unmodified, through the calls an application makes against one admin
// socket, one after the other, and prints each call's outcome (the error's message, or the parsed result) as one
// JSON array. Usage: node node-haproxy-calls.js SOCKET HAPROXY_BINARY
'use strict';

var HAProxy = require('haproxy');
// the library looks for a haproxy binary to start and reload; the socket calls never use it
var haproxy = new HAProxy(process.argv[2], { which: process.argv[3] });

var calls = [
  ['info', function (done) { haproxy.info(done); }],
  ['stat all', function (done) { haproxy.stat(-1, -1, -1, done); }],
  ['disable be/s1', function (done) { haproxy.disable('be', 's1', done); }],
  ['get weight be/s1', function (done) { haproxy.weight('be', 's1', done); }],
  ['set weight be/s1 42', function (done) { haproxy.weight('be', 's1', 42, done); }],
  ['get weight be/s1 after', function (done) { haproxy.weight('be', 's1', done); }],
  ['enable be/s1', function (done) { haproxy.enable('be', 's1', done); }],
  ['disable an unknown server', function (done) { haproxy.disable('be', 'nope', done); }],
  ['set weight to a word', function (done) { haproxy.weight('be', 's2', 'heavy', done); }],
  ['sessions', function (done) { haproxy.session(done); }],
  ['errors', function (done) { haproxy.errors(done); }],
  ['maxconn fe 100', function (done) { haproxy.maxconn('fe', 100, done); }],
  ['maxconn global 5000', function (done) { haproxy.maxconn(5000, done); }],
  ['rate-limit connections 100', function (done) { haproxy.ratelimit(100, done); }],
  ['rate-limit http-compression 1000', function (done) { haproxy.compression(1000, done); }],
  ['pause fe', function (done) { haproxy.pause('fe', done); }],
  ['resume fe', function (done) { haproxy.resume('fe', done); }],
  ['clear counters', function (done) { haproxy.clear(false, done); }],
  ['clear counters all', function (done) { haproxy.clear(true, done); }],
  ['stat servers of be', function (done) { haproxy.stat(3, 4, -1, done); }],
  ['info after', function (done) { haproxy.info(done); }]
];

var outcomes = [];
(function next(i) {
  if (i === calls.length) {
    process.stdout.write(JSON.stringify(outcomes, null, 1) + '\n');
    return;
  }
  calls[i][1](function (err, result) {
    outcomes.push({ call: calls[i][0], error: err ? err.message : null, result: err ? null : result });
    next(i + 1);
  });
})(0);
