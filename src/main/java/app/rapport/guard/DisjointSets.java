package app.rapport.guard;

/**
 * Union-find over masked bodies, each weighted by how many drafts share it. The weight of a set is
 * the number of drafts in one near-duplicate group, which is what the BLAST finding counts.
 */
final class DisjointSets {

  private final int[] parent;
  private final int[] weight;

  DisjointSets(int[] weights) {
    parent = new int[weights.length];
    weight = weights.clone();
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  boolean same(int a, int b) {
    return find(a) == find(b);
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (weight[ra] < weight[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    weight[ra] += weight[rb];
  }

  /** Drafts in the group {@code x} belongs to, itself included. */
  int groupWeight(int x) {
    return weight[find(x)];
  }
}
