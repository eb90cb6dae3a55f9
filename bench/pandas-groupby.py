#!/usr/bin/env python3
"""pandas' side of the comparison: a typed read_csv, then per grouping set and score bin (10 bins):
rows, sum of decision, sum of label, sum of score (what bench/duckdb-groupby.mjs computes).

    python3 bench/pandas-groupby.py FILE ["gender;ethnicity;age_band;region;gender,ethnicity"]

Group columns are read as categories (an empty cell is a value of its own, as in fairgate), the score as float64, decision and label as int8.
Debian: apt-get install python3-pandas.
"""
import sys

import numpy as np
import pandas as pd

path = sys.argv[1]
sets = [s.split(",") for s in (sys.argv[2] if len(sys.argv) > 2 else "gender;ethnicity;age_band;region;gender,ethnicity").split(";")]
columns = sorted({c for s in sets for c in s})
dtypes = {c: "category" for c in columns} | {"score": "float64", "targeted": "int8", "converted": "int8"}
d = pd.read_csv(path, usecols=columns + ["score", "targeted", "converted"], dtype=dtypes, keep_default_na=False)
d["b"] = np.minimum(np.floor(d["score"].to_numpy() * 10), 9).astype("int8")
rows = 0
for s in sets:
    g = d.groupby(s + ["b"], observed=True, dropna=False).agg(n=("score", "size"), sel=("targeted", "sum"), pos=("converted", "sum"), s=("score", "sum"))
    rows += len(g)
print(rows)
