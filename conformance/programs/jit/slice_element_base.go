// A slice indexed in hot loops while the loop also reassigns it (append,
// reslicing, make, swapping with another slice), so native code that
// keeps the slice's element address in a register must follow every
// change; long enough for --jit=auto to enter the loop mid-way.
package main

import "fmt"

func grow(n int) int {
	s := make([]int, 1)
	t := []int{7, 8, 9}
	sum := 0
	for i := 0; i < n; i++ {
		s = append(s, i)
		s[len(s)-1] += s[(i/2)%len(s)]
		if i%1000 == 999 {
			s, t = t, s
			sum += s[0]
		}
		if i%4000 == 3999 {
			s = s[len(s)/2:]
		}
		if i%9000 == 8999 {
			s = make([]int, 3, 10)
		}
		sum += s[len(s)-1] % 7
	}
	return sum + len(s) + len(t)
}

func fill(n int) (out []int) {
	var buf []int
	for i := 0; i < n; i++ {
		if i%512 == 0 {
			buf = make([]int, 512)
		}
		buf[i%512] = i * 3
		out = append(out, buf[i%512]-buf[(i+511)%512])
	}
	return out
}

func nilSlice(k int) (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	var s []int
	for i := 0; i < k; i++ {
		if i == k-1 {
			s = nil
		} else {
			s = append(s, i)
		}
		_ = s[0]
	}
	return "no panic"
}

func main() {
	fmt.Println(grow(30000))
	f := fill(5000)
	fmt.Println(len(f), f[0], f[1], f[511], f[512], f[4999])
	fmt.Println(nilSlice(3000))
}
