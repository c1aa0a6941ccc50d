package org.stancemap.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads Spark's Parquet output with DuckDB: proof that other engines read our tables. */
public final class DuckDb {
  private DuckDb() {}

  /** The first column of every row of {@code sql}, where {@code ?table} names the Parquet folder. */
  public static List<Object> column(String parquetDir, String sql) throws SQLException {
    String from = "read_parquet('" + parquetDir.replace("'", "''") + "/*.parquet')";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery(sql.replace("?table", from))) {
      List<Object> out = new ArrayList<>();
      while (rs.next()) out.add(rs.getObject(1));
      return out;
    }
  }
}
