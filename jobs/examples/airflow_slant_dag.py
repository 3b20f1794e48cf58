"""Airflow DAG running slant nightly with SparkSubmitOperator (apache-airflow-providers-apache-spark).

Each run analyses the day before its logical date plus a 2-day look-back, so late articles are
picked up; slant replaces exactly those date partitions, so re-running a day is safe.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

with DAG(
    dag_id="slant_nightly",
    start_date=datetime(2024, 10, 1),
    schedule="30 2 * * *",
    catchup=False,
    max_active_runs=1,  # never overlap: runs of one output folder must be serial
    default_args={"retries": 1, "retry_delay": timedelta(minutes=30)},
) as dag:
    SparkSubmitOperator(
        task_id="analyze",
        conn_id="spark_default",
        application="/opt/slant/target/slant.jar",
        java_class="org.slant.cli.Main",
        application_args=[
            "analyze",
            "--input", "hdfs:///crawl/news",
            "--output", "hdfs:///results/slant",
            "--from", "{{ macros.ds_add(ds, -3) }}",
            "--to", "{{ macros.ds_add(ds, -1) }}",
            "--timezone", "UTC",
        ],
        conf={"spark.executor.memory": "4g"},
    )
