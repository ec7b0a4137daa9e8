package org.dyad.spark;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.json.RecordJson;
import org.dyad.model.Event;
import org.dyad.model.ExtractionRecord;

/**
 * The events table written as Parquet: one row per event of one document, the columns an analyst
 * filters on, and the whole event as the record's JSON ({@code event}) for everything else.
 */
final class EventRows {
  /** The table's columns. */
  static final StructType SCHEMA =
      new StructType()
          .add("doc", DataTypes.StringType, false)
          .add("ordinal", DataTypes.IntegerType, false)
          .add("type", DataTypes.StringType, false)
          .add("mode", DataTypes.StringType, true)
          .add("status", DataTypes.StringType, false)
          .add("date", DataTypes.StringType, true)
          .add("date_first", DataTypes.DateType, true)
          .add("date_last", DataTypes.DateType, true)
          .add("participants", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("source", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("target", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("location", DataTypes.StringType, true)
          .add("title", DataTypes.StringType, true)
          .add("amount", DataTypes.StringType, true)
          .add("currency", DataTypes.StringType, true)
          .add("amount_usd", DataTypes.StringType, true)
          .add("event", DataTypes.StringType, false);

  private EventRows() {}

  /** The rows of a record's events, in the record's order ({@code ordinal} from 0). */
  static List<Row> of(ExtractionRecord r) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < r.events().size(); i++) {
      Event e = r.events().get(i);
      out.add(
          RowFactory.create(
              r.doc(), i, e.type().name(), e.mode(), e.status().name(),
              e.date() == null ? null : e.date().label(),
              e.date() == null ? null : Date.valueOf(e.date().firstDay()),
              e.date() == null ? null : Date.valueOf(e.date().lastDay()),
              e.participants().toArray(new String[0]), e.source().toArray(new String[0]), e.target().toArray(new String[0]),
              e.location(), e.title(),
              // amounts as exact decimal strings: a double would round them, a fixed scale cut them
              e.amount() == null ? null : plain(e.amount().value()),
              e.amount() == null ? null : e.amount().currency(),
              e.amount() == null ? null : plain(e.amount().usd()),
              RecordJson.line(RecordJson.event(e))));
    }
    return out;
  }

  private static String plain(BigDecimal v) {
    return v == null ? null : RecordJson.plain(v).toPlainString();
  }
}
