/**
 * How many of each country go to each room, as evenly as the rooms allow. "Evenly" is the
 * smallest sum, over rooms and countries, of the squared count: squares grow fastest where a
 * country is already crowded, so a second person from one country in a room costs more than a
 * first person from another. Minimising that sum (a minimum-cost flow with convex costs, solved
 * by successive shortest paths) finds the best spread there is, which a greedy pass and trading
 * pairs of people can miss: sometimes three people have to move round at once.
 */

export interface SpreadGroup {
  country: string;
  /** How many of this country, all allowed the same rooms, are to be placed. */
  count: number;
  /** Room indices these people may go to. */
  rooms: readonly number[];
}

/**
 * @param already how many of a country a room holds before any group is placed
 * @param places how many people each room is to take, in all; the total must fit the groups
 * @param roomOrder room indices in the order to try them, which breaks ties between equal rooms
 * @returns for each group, how many of it go to each room
 */
export function spreadCountries(
  groups: readonly SpreadGroup[],
  already: (country: string, room: number) => number,
  places: readonly number[],
  roomOrder: readonly number[],
): number[][] {
  const graph = new FlowGraph();
  const source = graph.node();
  const sink = graph.node();
  const roomNodes = places.map(() => graph.node());
  for (const room of roomOrder) graph.arc(roomNodes[room], sink, places[room], null);

  // One node per country and room, where the convex cost sits: it counts the country's people in
  // that room whichever group (at tables only, or anywhere) they came from.
  const countryRoomNodes = new Map<string, number[]>();
  const groupArcs = groups.map((group) => {
    const groupNode = graph.node();
    graph.arc(source, groupNode, group.count, null);
    let perRoom = countryRoomNodes.get(group.country);
    if (!perRoom) {
      perRoom = places.map(() => -1);
      countryRoomNodes.set(group.country, perRoom);
    }
    const arcs = places.map(() => -1);
    const allowed = new Set(group.rooms);
    for (const room of roomOrder) {
      if (!allowed.has(room)) continue;
      if (perRoom[room] < 0) {
        perRoom[room] = graph.node();
        graph.arc(perRoom[room], roomNodes[room], Infinity, already(group.country, room));
      }
      arcs[room] = graph.arc(groupNode, perRoom[room], group.count, null);
    }
    return arcs;
  });

  const total = groups.reduce((sum, group) => sum + group.count, 0);
  for (let placed = 0; placed < total && graph.augment(source, sink); placed++);
  return groupArcs.map((arcs) => arcs.map((arc) => (arc < 0 ? 0 : graph.flowOn(arc))));
}

/**
 * A residual graph where arc 2k is the k-th arc and 2k + 1 its reverse. An arc either costs
 * nothing or is convex: with `base` people already there, the (n + 1)-th unit through it costs
 * (base + n + 1)² - (base + n)² = 2(base + n) + 1.
 */
class FlowGraph {
  private readonly adjacent: number[][] = [];
  private readonly target: number[] = [];
  private readonly capacity: number[] = [];
  private readonly flow: number[] = [];
  private readonly base: (number | null)[] = [];

  node(): number {
    this.adjacent.push([]);
    return this.adjacent.length - 1;
  }

  /** @param base people already counted where the arc leads; null for an arc that costs nothing */
  arc(from: number, to: number, capacity: number, base: number | null): number {
    const index = this.target.length;
    this.target.push(to, from);
    this.capacity.push(capacity, 0);
    this.flow.push(0, 0);
    this.base.push(base, null);
    this.adjacent[from].push(index);
    this.adjacent[to].push(index + 1);
    return index;
  }

  flowOn(arc: number): number {
    return this.flow[arc];
  }

  private residual(arc: number): number {
    return arc % 2 === 0 ? this.capacity[arc] - this.flow[arc] : this.flow[arc - 1];
  }

  private cost(arc: number): number {
    const forward = arc - (arc % 2);
    const base = this.base[forward];
    if (base === null) return 0;
    return arc % 2 === 0
      ? 2 * (base + this.flow[forward]) + 1
      : -(2 * (base + this.flow[forward] - 1) + 1);
  }

  /**
   * Sends one unit along a cheapest path (Bellman-Ford with a queue: reverse arcs cost less than
   * nothing, but successive shortest paths never leave a negative cycle behind).
   * @returns false when no path is left
   */
  augment(source: number, sink: number): boolean {
    const distance = this.adjacent.map(() => Infinity);
    const via = this.adjacent.map(() => -1);
    const queued = this.adjacent.map(() => false);
    const queue = [source];
    distance[source] = 0;
    queued[source] = true;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      queued[node] = false;
      for (const arc of this.adjacent[node]) {
        if (this.residual(arc) <= 0) continue;
        const to = this.target[arc];
        const through = distance[node] + this.cost(arc);
        if (through < distance[to]) {
          distance[to] = through;
          via[to] = arc;
          if (!queued[to]) {
            queued[to] = true;
            queue.push(to);
          }
        }
      }
    }
    if (distance[sink] === Infinity) return false;
    for (let node = sink; node !== source;) {
      const arc = via[node];
      if (arc % 2 === 0) this.flow[arc]++;
      else this.flow[arc - 1]--;
      node = this.target[arc ^ 1];
    }
    return true;
  }
}
