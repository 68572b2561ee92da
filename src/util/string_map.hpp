// SPDX-License-Identifier: MIT
#pragma once

/// Hash maps keyed by strings that are searched with a string_view, without
/// building a temporary string.

#include <cstdint>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace cg {

/// A hash for the short keys of word lists and gazetteers (most under 16
/// bytes): eight bytes per multiply, inlined. std::hash (murmur, out of line)
/// was the largest single cost of a conversion. Not for untrusted keys in
/// long-lived tables: no seed, so collisions could be forced.
inline std::uint64_t hash_short_string(std::string_view s) noexcept {
  constexpr std::uint64_t kMul1 = 0xBF58476D1CE4E5B9ULL;
  constexpr std::uint64_t kMul2 = 0x94D049BB133111EBULL;
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul1;
    h ^= h >> 31;
  }
  std::uint64_t tail = 0;
  for (std::size_t i = 0; i < n; ++i) tail |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  h = (h ^ tail) * kMul2;
  return h ^ (h >> 29);
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return hash_short_string(s); }
};

/// A hash map from strings to V, searched with string views: open addressing
/// over a power-of-two table of (hash, entry) slots, linear probing. It stands
/// in for std::unordered_map in the word lists, gazetteer and per-article
/// indexes, which are searched once or more per token: no node to chase, no
/// division, and a string compared only when 32 bits of its hash agree.
/// Entries live in a deque, so references to them stay valid as it grows.
/// The subset of the std::unordered_map interface the code uses; `end()` is
/// a null pointer, and there is no iteration (nothing may depend on order).
template <class V>
class StringMap {
 public:
  using value_type = std::pair<const std::string, V>;
  using iterator = value_type*;
  using const_iterator = const value_type*;

  [[nodiscard]] iterator end() noexcept { return nullptr; }
  [[nodiscard]] const_iterator end() const noexcept { return nullptr; }
  [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
  [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }

  [[nodiscard]] iterator find(std::string_view key) noexcept {
    const std::size_t slot = locate(key, hash_short_string(key));
    return slots_.empty() || !slots_[slot] ? nullptr : &entries_[index(slots_[slot])];
  }
  [[nodiscard]] const_iterator find(std::string_view key) const noexcept {
    return const_cast<StringMap*>(this)->find(key);
  }
  [[nodiscard]] std::size_t count(std::string_view key) const noexcept { return find(key) ? 1 : 0; }
  [[nodiscard]] bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }

  [[nodiscard]] V& at(std::string_view key) {
    const iterator it = find(key);
    if (!it) throw std::out_of_range("StringMap::at");
    return it->second;
  }
  [[nodiscard]] const V& at(std::string_view key) const { return const_cast<StringMap*>(this)->at(key); }

  /// Inserts `key` with a value made from `args` unless present (as
  /// std::unordered_map::try_emplace); the bool says whether it did.
  template <class... Args>
  std::pair<iterator, bool> try_emplace(std::string_view key, Args&&... args) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();  // at most half full: short probes on a miss
    const std::uint64_t hash = hash_short_string(key);
    const std::size_t slot = locate(key, hash);
    if (slots_[slot]) return {&entries_[index(slots_[slot])], false};
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                          std::forward_as_tuple(std::forward<Args>(args)...));
    slots_[slot] = pack(hash, entries_.size() - 1);
    return {&entries_.back(), true};
  }
  template <class... Args>
  std::pair<iterator, bool> emplace(std::string_view key, Args&&... args) {
    return try_emplace(key, std::forward<Args>(args)...);
  }
  V& operator[](std::string_view key) { return try_emplace(key).first->second; }

  /// Calls `visit(key, value)` for every entry, in insertion order.
  template <class F>
  void for_each(F&& visit) {
    for (value_type& entry : entries_) visit(entry.first, entry.second);
  }

 private:
  // A slot holds the hash's upper 32 bits and the entry's index plus one
  // (0: empty).
  static std::uint64_t pack(std::uint64_t hash, std::size_t i) noexcept {
    return (hash & 0xFFFFFFFF00000000ULL) | (static_cast<std::uint64_t>(i) + 1);
  }
  static std::size_t index(std::uint64_t slot) noexcept { return static_cast<std::size_t>((slot & 0xFFFFFFFFULL) - 1); }

  // The slot holding `key`, or the empty slot where it would go.
  std::size_t locate(std::string_view key, std::uint64_t hash) const noexcept {
    if (slots_.empty()) return 0;
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t tag = hash & 0xFFFFFFFF00000000ULL;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if (!slot) return i;
      if ((slot & 0xFFFFFFFF00000000ULL) == tag && std::string_view(entries_[index(slot)].first) == key) return i;
    }
  }

  void grow() {
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (const std::uint64_t slot : old) {
      if (!slot) continue;
      const std::uint64_t hash = hash_short_string(entries_[index(slot)].first);
      std::size_t i = static_cast<std::size_t>(hash) & mask;
      while (slots_[i]) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::deque<value_type> entries_;
  std::vector<std::uint64_t> slots_;
};

/// A set of strings, searched with string views (a StringMap without values).
class StringSet {
 public:
  [[nodiscard]] std::size_t size() const noexcept { return map_.size(); }
  [[nodiscard]] bool empty() const noexcept { return map_.empty(); }
  [[nodiscard]] std::size_t count(std::string_view key) const noexcept { return map_.count(key); }
  [[nodiscard]] bool contains(std::string_view key) const noexcept { return map_.contains(key); }
  /// Adds `key` unless present; `second` says whether it did.
  std::pair<const std::string*, bool> insert(std::string_view key) {
    const auto [it, added] = map_.try_emplace(key);
    return {&it->first, added};
  }
  /// Calls `visit(key)` for every key, in insertion order.
  template <class F>
  void for_each(F&& visit) const {
    const_cast<StringMap<Nothing>&>(map_).for_each([&](const std::string& key, Nothing&) { visit(key); });
  }

 private:
  struct Nothing {};
  StringMap<Nothing> map_;
};

}  // namespace cg
