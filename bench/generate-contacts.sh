#!/usr/bin/env bash
# Writes a CSV of N realistic contacts, each with one context hook, deterministic (seeded):
#   bench/generate-contacts.sh N FILE
# Columns as a CRM or spreadsheet export names them (recognised by the importer's header
# aliases): names, email, company, title, LinkedIn URL, time zone, relationship, tags, notes
# (a fifth of the rows, some with commas and quotes), and the hook: type, title, URL, date, note.
# Every row is valid and every person distinct, so an all-or-nothing import writes them all.
set -euo pipefail
n="${1:?number of contacts}"
out="${2:?output file}"
mkdir -p "$(dirname "$out")"
awk -v n="$n" 'BEGIN {
  srand(42)
  split("Ana Ben Chloe Dev Elif Femi Greta Hiro Ines Jonas Kemi Lars Maya Nils Olu Priya Quinn Rosa Sami Tara Uma Vik Wen Xena Yusuf Zoe", first, " ")
  split("Almeida Brandt Chen Dubois Eze Fischer Garcia Hansen Ito Jensen Kowalski Lopez Mensah Novak Okafor Patel Quispe Rossi Schmidt Tanaka Uddin Vogel Wang Xu Yilmaz Zhang", last, " ")
  split("Acme Analytics|Blue Harbor|Cobalt Labs|Datawise|Eventide|Fjord Systems|Granite Cloud|Helix Health|Ion Robotics|Juniper Bank|Kestrel AI|Lumen Energy|Meridian Logistics|Northwind|Orbital Foods|Pioneer Learning", company, "|")
  split("Staff Engineer|Head of Data|Product Manager|CTO|Engineering Manager|Developer Advocate|Founder|Principal Architect|Data Scientist|VP Engineering|Researcher|Design Lead", title, "|")
  split("Europe/Berlin Europe/London America/New_York America/Sao_Paulo Asia/Kolkata Asia/Tokyo Australia/Sydney Africa/Lagos Europe/Paris America/Los_Angeles", zone, " ")
  split("peer senior junior unknown", rel, " ")
  split("data|platform;oss|ml|hiring;leadership|rust|python;data|cloud|security;oss", tags, "|")
  split("Blog Post|Article|Talk|Organisation|Congratulation|Other", ctype, "|")
  split("Why we moved off Kafka|Testing in production without fear|A year of on-call|Postgres at ten terabytes|The cost of microservices|Hiring your first data engineer|Type systems for data pipelines|Scaling a remote team|Feature flags done right|Observability on a budget|What we learned from an outage|Open source as a career", topic, "|")
  split("2024|in practice|revisited|part 2|lessons|a case study|for small teams|the hard way", suffix, "|")
  split("the section on incident reviews|how you measured the rollout|the honest numbers on cost|the point about ownership|your checklist for migrations|the diagram of the pipeline|the story of the failed launch|the advice on mentoring", why, "|")
  split("blog|writing|talks|posts|notes", path, "|")
  print "First Name,Last Name,Email,Company,Title,LinkedIn URL,Time Zone,Relationship,Tags,Notes,Context Type,Context Title,Context URL,Context Date,Context Note"
  for (i = 1; i <= n; i++) {
    f = first[int(rand() * 26) + 1]; l = last[int(rand() * 26) + 1]
    c = company[int(rand() * 16) + 1]; d = tolower(c); gsub(/ /, "", d)
    t = ctype[int(rand() * 6) + 1]
    ht = topic[int(rand() * 12) + 1] " " suffix[int(rand() * 8) + 1]
    if (t == "Organisation") ht = c " " (rand() < 0.5 ? "platform guild" : "alumni network")
    if (t == "Congratulation") ht = "new role as " title[int(rand() * 12) + 1]
    note = (rand() < 0.2) ? "\"Met at a meetup, \"\"very\"\" keen on " tolower(topic[int(rand() * 12) + 1]) "\"" : ""
    hn = "\"" why[int(rand() * 8) + 1] ", and " why[int(rand() * 8) + 1] "\""
    slug = tolower(ht); gsub(/[^a-z0-9]+/, "-", slug)
    printf "%s,%s,%s.%s.%d@%s.example,%s,%s,https://www.linkedin.com/in/%s-%s-%d,%s,%s,%s,%s,%s,\"%s\",https://%s.example/%s/%s-%d,%04d-%02d-%02d,%s\n",
      f, l, tolower(f), tolower(l), i, d, c, title[int(rand() * 12) + 1],
      tolower(f), tolower(l), i, zone[int(rand() * 10) + 1], rel[int(rand() * 4) + 1],
      tags[int(rand() * 8) + 1], note, t, ht, d, path[int(rand() * 5) + 1], slug, i,
      2025 + int(rand() * 2), int(rand() * 12) + 1, int(rand() * 28) + 1, hn
  }
}' >"$out"
echo "wrote $out: $n contacts, $(stat -c %s "$out") bytes"
