import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { Status } from "../../core/progress";

const COLOURS: Record<Status, BadgeProps["color"]> = {
  Achieved: "success",
  "On track": "success",
  "Acceleration needed": "warning",
  "Limited progress": "danger",
  Deterioration: "danger",
  "Stagnation or regression": "danger",
  "Insufficient data": "informative",
};

export function StatusBadge({ status }: { status: Status }) {
  return (
    <Badge appearance="tint" color={COLOURS[status]} aria-label={`Status: ${status}`}>
      {status}
    </Badge>
  );
}
