"""Engines: where a run's extraction and comparison execute.

    (none)     the single-machine path, `faultline.pipeline.analyze_paths` itself: this process
               reads, extracts (or `--workers` forked processes do) and stores
    dask       `faultline analyze --engine dask [--scheduler ADDRESS]`: the inputs cut into
               partitions (partitions.py), each extracted by a task on a dask.distributed
               worker that loads the pipeline once (worker.py) and writes its results as
               Parquet files of the store's tables; this process, the store's one writer,
               bulk-loads them in order (loading.py) and has the comparison's windows run
               as tasks too (dask.py)

Both give the same store from the same inputs.
"""
