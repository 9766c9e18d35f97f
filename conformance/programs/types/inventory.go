package main

import (
	"fmt"
	"sort"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(sku, name string, qty int, price float64) {
	if it, ok := inv.items[sku]; ok {
		it.Qty += qty
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", sku, qty))
		return
	}
	inv.items[sku] = &Item{sku, name, qty, price}
	inv.log = append(inv.log, "add "+sku)
}

func (inv *Inventory) Remove(sku string, qty int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("unknown sku %q", sku)
	}
	if it.Qty < qty {
		return fmt.Errorf("insufficient %s: have %d, want %d", sku, it.Qty, qty)
	}
	it.Qty -= qty
	if it.Qty == 0 {
		delete(inv.items, sku)
	}
	inv.log = append(inv.log, fmt.Sprintf("remove %s -%d", sku, qty))
	return nil
}

func (inv *Inventory) Report() {
	keys := make([]string, 0, len(inv.items))
	for k := range inv.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	total := 0.0
	fmt.Printf("%-6s|%-12s|%5s|%8s\n", "SKU", "Name", "Qty", "Value")
	for _, k := range keys {
		it := inv.items[k]
		v := float64(it.Qty) * it.Price
		total += v
		fmt.Printf("%-6s|%-12s|%5d|%8.2f\n", it.SKU, it.Name, it.Qty, v)
	}
	fmt.Printf("%-25s%8.2f\n", "TOTAL", total)
}

func main() {
	inv := NewInventory()
	inv.Add("A1", "widget", 10, 2.5)
	inv.Add("B2", "gadget", 3, 19.99)
	inv.Add("C3", "doohickey", 100, 0.15)
	inv.Add("A1", "widget", 5, 2.5)
	for _, op := range []struct {
		sku string
		n   int
	}{{"A1", 4}, {"B2", 3}, {"Z9", 1}, {"C3", 101}, {"C3", 1}} {
		if err := inv.Remove(op.sku, op.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	inv.Report()
	for i, l := range inv.log {
		fmt.Println(i, l)
	}
	fmt.Println(len(inv.items), *inv.items["A1"])
	fmt.Printf("%+v\n", *inv.items["C3"])
}
