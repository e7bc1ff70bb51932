"""scikit-learn's DBSCAN labels with the haversine metric (ball tree) for Itinera's tests.

Input (JSON on stdin): {"longitudes": [...], "latitudes": [...], "epsMetres": m, "radius": R,
"minPoints": n}. Output: {"labels": [...], "seconds": time of fit_predict}.
"""
import json
import sys
import time

import numpy as np
from sklearn.cluster import DBSCAN

request = json.load(sys.stdin)
points = np.radians(np.column_stack([request["latitudes"], request["longitudes"]]))
model = DBSCAN(
    eps=request["epsMetres"] / request["radius"],
    min_samples=request["minPoints"],
    metric="haversine",
    algorithm="ball_tree",
)
started = time.perf_counter()
labels = model.fit_predict(points)
json.dump({"labels": labels.tolist(), "seconds": time.perf_counter() - started}, sys.stdout)
